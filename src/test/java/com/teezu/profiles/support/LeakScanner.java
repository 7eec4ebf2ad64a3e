package com.teezu.profiles.support;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds keys anywhere in a JSON document (objects inside arrays inside objects …). */
public final class LeakScanner {

    public static final Set<String> PRIVATE_KEYS = Set.of("privateStats", "earningsThisMonth", "tipTotalTokens",
            "tipTotal", "subscribers", "subscriberCount", "streamingSchedule", "earnings", "unlockCount");
    public static final Set<String> FANTASY_KEYS = Set.of("fantasyProfile", "dnaScores", "kinks", "intent",
            "availability", "consentLevel");

    private LeakScanner() {
    }

    public static List<String> keysIn(JsonNode node, Set<String> forbidden) {
        List<String> found = new ArrayList<>();
        walk(node, "$", forbidden, found);
        return found;
    }

    public static List<String> keysIn(String rawJson, Set<String> forbidden) {
        return keysIn(Api.JSON.readTree(rawJson), forbidden);
    }

    private static void walk(JsonNode node, String path, Set<String> forbidden, List<String> found) {
        if (node == null) return;
        if (node.isObject()) {
            for (var e : node.properties()) {
                if (forbidden.contains(e.getKey())) found.add(path + "." + e.getKey());
                walk(e.getValue(), path + "." + e.getKey(), forbidden, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", forbidden, found);
        }
    }
}
