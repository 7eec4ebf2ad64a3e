package com.teezu.profiles.teezer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Teezer must recognise in a fan's message, in English and Dutch, before it looks for an answer,
 * and what it must never say. Patterns rather than the embedding model: these decisions have to be the
 * same every time, and the sentence model knows English far better than Dutch. A false alarm costs a
 * handover to the creator; a miss could cost far more, so the patterns lean wide.
 */
public final class Safety {

    /** Why Teezer hands a conversation over to the creator herself. */
    public enum Handover {
        CRISIS, REALLY_YOU, MEETING, CUSTOM_CONTENT, MONEY, LOW_CONFIDENCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Safety() {
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    /** Self-harm and crisis language: a fixed supportive reply with help lines, never a sales line. */
    static final Pattern CRISIS = words(
            "kill (?:my ?self|me)", "suicid(?:e|al)", "end my (?:own )?life", "end it all", "want(?:ed)? to die",
            "wanna die", "don'?t want to (?:live|be alive)", "self[- ]?harm(?:ing)?", "hurt(?:ing)? my ?self", "cut(?:ting)? my ?self",
            "no reason to live", "better off dead", "overdose",
            "zelfmoord", "suïcid\\p{L}*", "suicid\\p{L}*", "mezelf (?:van kant maken|iets aandoen|pijn doen|snijden)",
            "(?:wil|ik wil) (?:niet meer leven|dood)", "een einde (?:aan mijn leven|maken)", "zelfbeschadiging", "dood willen");

    /** Minors, age play and non-consent: always refused, whoever asks and whatever the creator allows. */
    static final Pattern FORBIDDEN = words(
            "under ?age", "minors?", "child(?:ren)?", "kids?", "pre-?teens?", "teens?", "teenagers?", "school ?girls?",
            "school ?boys?", "age ?play", "little girl", "loli", "lolita", "(?:1[0-7]|[1-9]) ?(?:yo|y/o|years? old|jaar(?: oud)?)",
            "non-?con(?:sent|sensual)?", "rape[ds]?", "raping", "without (?:her|his|my|your|their) consent", "drugged",
            "minderjarig\\p{L}*", "kindje", "kinderen", "tieners?", "schoolmeisjes?", "verkracht\\p{L}*", "zonder toestemming");

    static final Pattern REALLY_YOU = words(
            "(?:is|are) (?:this|it|that) (?:really|actually|truly) (?:you|her|him|\\p{L}+)",
            "really you", "the real you", "are you (?:a |an )?(?:bot|robot|ai|a\\.i\\.|real|human|a real person|a person|for real)",
            "(?:am i|i'?m) (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:bot|robot|ai|machine|computer|real person|you)",
            "is this (?:a |an )?(?:bot|ai|robot|automated)", "you'?re (?:a |an )?(?:bot|ai|robot)",
            "ben (?:jij|je) (?:het )?(?:echt|wel echt|een bot|een robot|een ai|ai|een mens|een computer)",
            "is dit (?:echt )?(?:jij|een bot|een robot|ai)", "praat ik (?:met|tegen) (?:een )?(?:bot|robot|ai|computer|jou)",
            "echt persoon", "echte jij");

    static final Pattern MEETING = words(
            "meet(?:ing)? (?:up|you|me|irl|in person|for real|tonight|today|tomorrow|this weekend|sometime)", "meet ?up",
            "(?:can|could|shall|should|will) (?:we|i) meet", "let'?s meet", "(?:want|wanna|like) to meet", "in real life", "irl", "in person", "date with (?:me|you)",
            "go on a date", "your address", "where do you live", "hook ?up", "come over", "visit you", "my place", "your place",
            "hotel", "afspreken", "afspraakje", "ontmoeten", "(?:kom|kun|kan) (?:je|jij) (?:langs|hierheen)", "waar woon (?:je|jij)",
            "je adres", "op date", "daten");

    static final Pattern CUSTOM_CONTENT = words(
            "custom(?:s| (?:video|vid|pic|photo|content|clip|request|set)s?)?", "(?:make|film|record|shoot) (?:me )?(?:a |an )?(?:video|vid|clip)",
            "personali[sz]ed", "special (?:video|pic|photo|clip) for me", "just for me", "say my name", "requests?",
            "op maat", "persoonlijke (?:video|foto|clip)", "speciaal voor mij", "alleen voor mij", "(?:video|filmpje) (?:voor|van) mij",
            "verzoekje");

    static final Pattern MONEY = words(
            "how much", "prices?", "pricing", "costs?", "pay(?:ing|ment|ments|pal)?", "paid", "refunds?", "money", "discounts?",
            "cheaper", "tokens?", "euros?", "dollars?", "€\\s?\\d+", "\\d+\\s?€", "\\$\\s?\\d+", "bank", "venmo", "cash ?app",
            "crypto", "bitcoin", "subscription fee", "wallet",
            "hoeveel (?:kost|is|kosten)", "prijs", "prijzen", "kosten", "kost", "betalen", "betaald", "betaling", "geld",
            "terugbetal\\p{L}*", "korting", "goedkoper");

    /** The first thing in a fan's message that Teezer must not answer from her reply bank. */
    public sealed interface Finding permits Crisis, Forbidden, HandOver {
    }

    public record Crisis() implements Finding {
    }

    public record Forbidden() implements Finding {
    }

    public record HandOver(Handover reason) implements Finding {
    }

    public static Optional<Finding> inspect(String fanText) {
        if (CRISIS.matcher(fanText).find()) return Optional.of(new Crisis());
        if (FORBIDDEN.matcher(fanText).find()) return Optional.of(new Forbidden());
        if (REALLY_YOU.matcher(fanText).find()) return Optional.of(new HandOver(Handover.REALLY_YOU));
        if (MEETING.matcher(fanText).find()) return Optional.of(new HandOver(Handover.MEETING));
        if (CUSTOM_CONTENT.matcher(fanText).find()) return Optional.of(new HandOver(Handover.CUSTOM_CONTENT));
        if (MONEY.matcher(fanText).find()) return Optional.of(new HandOver(Handover.MONEY));
        return Optional.empty();
    }

    /** Whether a text touches one of the always-refused subjects (checked on entries and on LLM output). */
    public static boolean forbidden(String text) {
        return FORBIDDEN.matcher(text).find();
    }

    /** The first of the creator's banned topics the text mentions (whole words, any case), if any. */
    public static Optional<String> bannedTopicIn(String text, List<String> bannedTopics) {
        for (String topic : bannedTopics) {
            if (topic.isBlank()) continue;
            if (words(Pattern.quote(topic.strip())).matcher(text).find()) return Optional.of(topic);
        }
        return Optional.empty();
    }

    static final Pattern CLAIMS_HUMAN = words(
            "i'?m not (?:a |an )?(?:bot|ai|robot|machine|clone)", "i am not (?:a |an )?(?:bot|ai|robot|machine|clone)",
            "(?:this|it) is (?:really|actually|truly) me", "i'?m (?:really|actually|truly) (?:her|him|me|human|real)",
            "i am (?:really|actually|truly) (?:her|him|human|real)", "i'?m a (?:real )?(?:person|human)", "real person here",
            "ik ben (?:geen|niet een) (?:bot|robot|ai|kloon)", "ik ben (?:het )?echt", "ik ben een (?:echt )?mens");

    static final Pattern NAMES_A_PRICE = Pattern.compile(
            "(?iu)(?:\\d[\\d.,]*\\s*(?:tokens?|€|eur(?:o|os)?|\\$|usd|dollars?))|(?:[€$]\\s*\\d)|(?:\\b(?:tokens?|euros?)\\b)");

    /** Why an LLM's answer may not be sent (null: it may). */
    static String unusable(String answer, List<String> bannedTopics, String creatorName) {
        if (answer == null || answer.isBlank()) return "empty";
        String a = answer.strip();
        if (a.length() > 600) return "unusable";
        long letters = a.codePoints().filter(Character::isLetter).count();
        if (letters < Math.max(2, a.length() / 3)) return "unusable";
        if (a.contains("<|") || a.startsWith("{") || a.startsWith("[") || a.contains("```")) return "unusable";
        if (forbidden(a) || CRISIS.matcher(a).find()) return "filtered";
        if (bannedTopicIn(a, bannedTopics).isPresent()) return "filtered";
        if (CLAIMS_HUMAN.matcher(a).find()) return "filtered";
        if (words("i'?m " + Pattern.quote(creatorName) + " (?:in person|herself|himself|for real)").matcher(a).find()) return "filtered";
        if (NAMES_A_PRICE.matcher(a).find()) return "filtered";
        return null;
    }
}
