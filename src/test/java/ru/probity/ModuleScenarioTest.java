package ru.probity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring Modulith module tests ({@code @ApplicationModuleTest} with a {@code Scenario}):
 * each context starts its module and what it depends on alone, on a fresh embedded PostgreSQL in a
 * data directory of its own (reachable by the account the database runs as under root).
 */
public abstract class ModuleScenarioTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        var dir = Files.createTempDirectory("probity-module-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        registry.add("probity.data-dir", dir::toString);
    }
}
