package ru.probity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedFlagsCommandsTest {

    @Test
    void theJarRunsTheRedFlagCommandsWithoutTheServer(@TempDir Path dir) throws Exception {
        for (String command : new String[] {"flags", "redflags-generate", "redflags-evaluate"}) {
            assertThat(BatchCommands.handles(new String[] {command})).isTrue();
        }
        assertThat(BatchCommands.USAGE).contains("flags --contracts");
        Path out = dir.resolve("world");
        assertThat(BatchCommands.run(new String[] {"redflags-generate", "--contracts", "600", "--out", out.toString()}))
                .isZero();
        // 0 when every indicator meets 0.95 from the files, 1 when not: before the full ЕИС readers are
        // merged the protocols' bids are not read from files, so only that it ran is asserted here
        assertThat(BatchCommands.run(new String[] {"redflags-evaluate", "--dir", out.toString()}))
                .isIn(0, 1);
        assertThat(BatchCommands.run(new String[] {"redflags-evaluate", "--in-memory", "--contracts", "600"}))
                .isZero();
        assertThat(BatchCommands.run(new String[] {
                    "flags",
                    "--contracts",
                    out.resolve("contracts").toString(),
                    "--protocols",
                    out.resolve("protocols").toString(),
                    "--notices",
                    out.resolve("notices").toString(),
                    "--registry",
                    out.resolve("registry").toString(),
                    "--out",
                    dir.resolve("flags.jsonl").toString()
                }))
                .isZero();
        assertThat(Files.exists(dir.resolve("flags.jsonl"))).isTrue();
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(BatchCommands.run(new String[] {"flags", "--contracts"})).isEqualTo(2);
        assertThat(BatchCommands.run(new String[] {"redflags-generate", "--contracts", "x", "--out", "d"}))
                .isEqualTo(2);
        assertThat(BatchCommands.run(new String[] {"redflags-evaluate", "--bogus"}))
                .isEqualTo(2);
    }
}
