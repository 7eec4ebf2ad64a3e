package com.teezu.profiles.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param demoData load the demo accounts; null = only into the embedded database ({@code TEEZU_DEMO_DATA}) */
@ConfigurationProperties("teezu")
public record DemoSettings(Boolean demoData) {
}
