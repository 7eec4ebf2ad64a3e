package com.teezu.profiles.fantasy;

import com.teezu.profiles.auth.AuthUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
class DnaQuizController {

    /** One answer key per question of {@code GET /api/dna-quiz}; the quiz checks them against its questions. */
    record QuizRequest(@NotNull(message = "is required") Map<String, String> answers) {
    }

    record QuizResult(Map<String, Integer> dnaScores) {
    }

    private final DnaQuizService quiz;

    DnaQuizController(DnaQuizService quiz) {
        this.quiz = quiz;
    }

    @GetMapping("/api/dna-quiz")
    List<DnaQuiz.Question> questions() {
        return DnaQuiz.QUESTIONS;
    }

    @PostMapping("/api/users/{id}/dna-quiz")
    QuizResult takeQuiz(@PathVariable String id, @Valid @RequestBody QuizRequest body, @AuthenticationPrincipal AuthUser caller) {
        return new QuizResult(quiz.submit(caller, id, body.answers()));
    }
}
