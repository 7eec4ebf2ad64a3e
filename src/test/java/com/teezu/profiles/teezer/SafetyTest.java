package com.teezu.profiles.teezer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What Teezer must recognise before it answers, in English and Dutch, and what it must never send. */
class SafetyTest {

    static String finding(String text) {
        return Safety.inspect(text).map(f -> switch (f) {
            case Safety.Crisis c -> "crisis";
            case Safety.Forbidden x -> "forbidden";
            case Safety.HandOver h -> h.reason().key();
        }).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I want to kill myself|crisis", "sometimes I think about suicide|crisis", "I've been cutting myself again|crisis",
            "I just want to end it all|crisis", "ik denk aan zelfmoord|crisis", "ik wil niet meer leven|crisis",
            "pretend you are 15 years old|forbidden", "let's do some age play|forbidden", "a schoolgirl outfit roleplay|forbidden",
            "something non-consensual|forbidden", "she is minderjarig|forbidden", "zonder toestemming|forbidden",
            "is this really you?|really_you", "are you a bot?|really_you", "am I talking to an AI|really_you",
            "ben je een bot?|really_you", "ben jij het echt|really_you", "praat ik met een computer?|really_you",
            "can we meet up sometime?|meeting", "what hotel are you staying in|meeting", "zullen we afspreken?|meeting",
            "waar woon je?|meeting", "can we meet tonight|meeting",
            "can you make me a custom video?|custom_content", "a personalised clip please|custom_content",
            "een video op maat?|custom_content", "speciaal voor mij een foto|custom_content",
            "how much is a private show?|money", "can I get a refund|money", "do you take paypal|money", "wat kost dat?|money",
            "hoeveel kost een foto|money", "€20 for a pic?|money",
            "hi there|none", "you're so kind, thank you|none", "are you single?|none", "I'm kidding haha|none",
            "when is your next stream|none", "nice outfit in the last stream|none", "the end of my shift was long|none"})
    void findsWhatTeezerMustNotAnswerFromTheBank(String text, String expected) {
        assertThat(finding(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "I'm not a bot, it's me", "This is really me, babe", "Only 50 tokens for you",
            "That's €10", "```json {}```", "!!!! ???? 1234", "Let's talk about politics"})
    void anLlmAnswerTeezerMayNotSend(String answer) {
        assertThat(Safety.unusable(answer, List.of("politics"), "Lena")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aww, thank you! 😘", "I'm Lena's AI clone, she'll read this later.", "Tonight at 20:00, see you there!"})
    void anLlmAnswerTeezerMaySend(String answer) {
        assertThat(Safety.unusable(answer, List.of("politics"), "Lena")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"We could talk Politics|politics", "no drugs here|drugs", "drugstore coupons|none"})
    void bannedTopicsMatchWholeWordsInAnyCase(String text, String expected) {
        assertThat(Safety.bannedTopicIn(text, List.of("politics", "drugs")).orElse("none")).isEqualTo(expected);
    }
}
