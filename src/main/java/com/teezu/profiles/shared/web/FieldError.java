package com.teezu.profiles.shared.web;

/** One invalid input: the JSON path of the field (e.g. {@code fantasyProfile.dnaScores.kinky}) and why. */
public record FieldError(String field, String message) {
}
