package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** A warm-up that fails is logged and never thrown: it must not stop the start. */
class WarmUpTest {

    @Test
    void aFailureIsSwallowed() {
        assertThatCode(() -> WarmUp.run("broken", () -> {
                    throw new IllegalStateException("no engine");
                }))
                .doesNotThrowAnyException();
        assertThatCode(() -> WarmUp.run("unlinked", () -> {
                    throw new NoClassDefFoundError("org/apache/poi/Missing");
                }))
                .doesNotThrowAnyException();
    }
}
