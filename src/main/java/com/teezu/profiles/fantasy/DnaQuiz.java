package com.teezu.profiles.fantasy;


import com.teezu.profiles.shared.web.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The erotic DNA quiz (the seed's dna_quiz.html): each answer weighs the five dimensions; a
 * dimension's score is the share of the most it could have got, 0–100. Scored on the server only.
 */
public final class DnaQuiz {

    public record Option(String id, String text, Map<String, Integer> weights) {
    }

    public record Question(String id, String text, List<Option> options) {
    }

    static Map<String, Integer> w(int dominant, int exhibitionist, int voyeur, int romantic, int kinky) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("dominant", dominant);
        m.put("exhibitionist", exhibitionist);
        m.put("voyeur", voyeur);
        m.put("romantic", romantic);
        m.put("kinky", kinky);
        return m;
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("q1", "On a date night you prefer to…", List.of(
                    new Option("a", "Plan every detail and take the lead", w(3, 1, 0, 1, 1)),
                    new Option("b", "Be the centre of attention", w(1, 3, 0, 1, 1)),
                    new Option("c", "Watch the room and take it all in", w(0, 0, 3, 1, 1)),
                    new Option("d", "Candles, slow music, deep talk", w(0, 0, 0, 3, 0)))),
            new Question("q2", "A livestream lights up your night because…", List.of(
                    new Option("a", "You call the shots in chat", w(3, 0, 1, 0, 1)),
                    new Option("b", "You are the one on camera", w(0, 3, 0, 0, 1)),
                    new Option("c", "You love watching unseen", w(0, 0, 3, 0, 1)),
                    new Option("d", "It feels like a private moment", w(0, 0, 1, 3, 0)))),
            new Question("q3", "Pick a word that turns you on", List.of(
                    new Option("a", "Control", w(3, 0, 0, 0, 2)),
                    new Option("b", "Spotlight", w(0, 3, 0, 0, 1)),
                    new Option("c", "Secret", w(0, 0, 3, 0, 1)),
                    new Option("d", "Tenderness", w(0, 0, 0, 3, 0)))),
            new Question("q4", "Role-play: which part do you take?", List.of(
                    new Option("a", "The boss", w(3, 1, 0, 0, 2)),
                    new Option("b", "The star of the show", w(0, 3, 0, 0, 2)),
                    new Option("c", "The curious neighbour", w(0, 0, 3, 0, 2)),
                    new Option("d", "Role-play? I like it real", w(0, 0, 0, 2, 0)))),
            new Question("q5", "How do you feel about trying something new?", List.of(
                    new Option("a", "I decide what we try", w(2, 0, 0, 0, 2)),
                    new Option("b", "Yes — and everyone may know", w(0, 2, 0, 0, 3)),
                    new Option("c", "Show me first", w(0, 0, 2, 0, 1)),
                    new Option("d", "Only with someone I trust", w(0, 0, 0, 3, 1)))),
            new Question("q6", "Your ideal message from a fan", List.of(
                    new Option("a", "\"Tell me what to do\"", w(3, 0, 0, 0, 1)),
                    new Option("b", "\"I can't stop looking at you\"", w(0, 3, 0, 1, 0)),
                    new Option("c", "\"Guess what I saw today…\"", w(0, 0, 3, 0, 1)),
                    new Option("d", "\"Thinking of you tonight\"", w(0, 0, 0, 3, 0)))),
            new Question("q7", "Lingerie, mirrors, cameras…", List.of(
                    new Option("a", "I direct the shoot", w(3, 1, 0, 0, 1)),
                    new Option("b", "I'm in front of all of them", w(0, 3, 0, 0, 2)),
                    new Option("c", "I prefer to be behind the camera", w(1, 0, 3, 0, 1)),
                    new Option("d", "Soft light is enough", w(0, 1, 0, 3, 0)))),
            new Question("q8", "Pick a fantasy setting", List.of(
                    new Option("a", "A throne room", w(3, 0, 0, 0, 1)),
                    new Option("b", "A stage", w(0, 3, 0, 0, 1)),
                    new Option("c", "A window across the street", w(0, 1, 3, 0, 1)),
                    new Option("d", "A beach at sunset", w(0, 0, 0, 3, 0)))),
            new Question("q9", "Rules in the bedroom are…", List.of(
                    new Option("a", "Mine to make", w(3, 0, 0, 0, 2)),
                    new Option("b", "Meant to be broken", w(1, 1, 0, 0, 3)),
                    new Option("c", "Fun to watch others break", w(0, 0, 2, 0, 2)),
                    new Option("d", "Built on trust", w(0, 0, 0, 3, 1)))),
            new Question("q10", "After the show you want…", List.of(
                    new Option("a", "A thank-you from my fans", w(2, 1, 0, 0, 0)),
                    new Option("b", "Applause and gifts", w(0, 3, 0, 0, 0)),
                    new Option("c", "A replay to watch", w(0, 0, 3, 0, 0)),
                    new Option("d", "Someone to cuddle", w(0, 0, 0, 3, 0)))),
            new Question("q11", "How kinky is your playlist?", List.of(
                    new Option("a", "Commanding beats", w(2, 0, 0, 0, 2)),
                    new Option("b", "Loud and shameless", w(0, 2, 0, 0, 3)),
                    new Option("c", "Moody and mysterious", w(0, 0, 2, 1, 1)),
                    new Option("d", "Love songs only", w(0, 0, 0, 3, 0)))),
            new Question("q12", "Your boundary style", List.of(
                    new Option("a", "I set them, you follow", w(3, 0, 0, 0, 1)),
                    new Option("b", "Wide open, ask me anything", w(0, 2, 0, 0, 3)),
                    new Option("c", "I keep my distance, for now", w(0, 0, 3, 1, 0)),
                    new Option("d", "Slow and caring", w(0, 0, 0, 3, 1)))));

    private DnaQuiz() {
    }

    /** Scores a complete answer sheet {questionId: optionId}; every unknown or missing answer is an error. */
    public static Map<String, Integer> score(Map<String, String> answers, List<FieldError> errors) {
        Map<String, Integer> got = new LinkedHashMap<>();
        Map<String, Integer> max = new LinkedHashMap<>();
        for (String d : FantasyCatalog.DNA_DIMENSIONS) {
            got.put(d, 0);
            max.put(d, 0);
        }
        List<String> known = new ArrayList<>();
        for (Question q : QUESTIONS) {
            known.add(q.id());
            for (String d : FantasyCatalog.DNA_DIMENSIONS) {
                max.merge(d, q.options().stream().mapToInt(o -> o.weights().get(d)).max().orElse(0), Integer::sum);
            }
            String chosen = answers == null ? null : answers.get(q.id());
            if (chosen == null) {
                errors.add(new FieldError("answers." + q.id(), "is required"));
                continue;
            }
            var option = q.options().stream().filter(o -> o.id().equals(chosen)).findFirst();
            if (option.isEmpty()) {
                errors.add(new FieldError("answers." + q.id(), "unknown option"));
                continue;
            }
            option.get().weights().forEach((d, v) -> got.merge(d, v, Integer::sum));
        }
        if (answers != null) {
            answers.keySet().stream().filter(k -> !known.contains(k)).sorted()
                    .forEach(k -> errors.add(new FieldError("answers." + k, "unknown question")));
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String d : FantasyCatalog.DNA_DIMENSIONS) {
            scores.put(d, max.get(d) == 0 ? 0 : (int) Math.round(100.0 * got.get(d) / max.get(d)));
        }
        return scores;
    }
}
