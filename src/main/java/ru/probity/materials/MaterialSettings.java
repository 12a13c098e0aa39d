package ru.probity.materials;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the library of materials ({@code probity.materials.*}).
 *
 * @param maxVersions the most versions (files) a material keeps; each file is bounded by {@code
 *     probity.uploads.act-file}
 */
@ConfigurationProperties("probity.materials")
public record MaterialSettings(@DefaultValue("50") int maxVersions) {}
