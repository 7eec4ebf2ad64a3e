package com.teezu.profiles.fantasy;

import com.teezu.profiles.shared.web.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DnaQuizTest {

    static Map<String, String> sheet(String... answers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) m.put("q" + (i + 1), answers[i]);
        return m;
    }

    @Test
    void aKnownSheetScoresToKnownScores() {
        List<FieldError> errors = new ArrayList<>();
        var scores = DnaQuiz.score(sheet("a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a"), errors);
        assertThat(errors).isEmpty();
        // got / most possible: dominant 33/33, exhibitionist 4/31, voyeur 1/33, romantic 1/35, kinky 16/22
        assertThat(scores).containsExactly(Map.entry("dominant", 100), Map.entry("exhibitionist", 13),
                Map.entry("voyeur", 3), Map.entry("romantic", 3), Map.entry("kinky", 73));
    }

    @Test
    void allRomanticAnswers() {
        List<FieldError> errors = new ArrayList<>();
        var scores = DnaQuiz.score(sheet("d", "d", "d", "d", "d", "d", "d", "d", "d", "d", "d", "d"), errors);
        assertThat(scores.get("romantic")).isEqualTo(100);
        assertThat(scores.get("dominant")).isZero();
    }

    @Test
    void missingAndUnknownAnswersAreErrors() {
        List<FieldError> errors = new ArrayList<>();
        var answers = sheet("a", "b");
        answers.put("q2", "x");
        answers.put("bogus", "a");
        DnaQuiz.score(answers, errors);
        assertThat(errors).extracting(FieldError::field).contains("answers.q2", "answers.q3", "answers.q12", "answers.bogus");
    }
}
