import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Build step (exec-maven-plugin, generate-sources): starts a throw-away PostgreSQL 16, applies the
 * Flyway migrations and generates the jOOQ classes from the real schema. Skipped when the migrations
 * and this program are unchanged since the last run.
 *
 * Arguments: migrations folder, output folder, scratch folder for the database.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        Path stamp = output.resolve(".migrations.sha256");
        String hash = hashOf(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated classes are current");
            return;
        }
        deleteRecursively(scratch);
        Files.createDirectories(scratch);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(scratch.toFile())
                .setDataDirectory(scratch.resolve("data"))
                .setCleanDataDirectory(true)
                .start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, "postgres", null)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load().migrate();
            deleteRecursively(output);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withExcludes("flyway_schema_history|valid_dna_scores|ledger_transaction_balanced|user_stats_bump_version|bump_profile_version|profile_part_changed"))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withJavaTimeTypes(true)
                                    .withFluentSetters(true))
                            .withTarget(new Target()
                                    .withPackageName("com.teezu.profiles.db")
                                    .withDirectory(output.toAbsolutePath().toString()))));
        }
        Files.writeString(stamp, hash);
        deleteRecursively(scratch);
    }

    private static String hashOf(Path migrations) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        Path self = Path.of("src/build/java/JooqCodegen.java"); // exec runs in the project folder
        if (Files.exists(self)) digest.update(Files.readAllBytes(self));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
