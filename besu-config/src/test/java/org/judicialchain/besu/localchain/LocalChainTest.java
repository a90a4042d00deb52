package org.judicialchain.besu.localchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalChainTest {

    private final String savedProperty = System.getProperty("portal.anvil");

    @AfterEach
    void restoreProperty() {
        if (savedProperty == null) System.clearProperty("portal.anvil");
        else System.setProperty("portal.anvil", savedProperty);
    }

    @Test
    void parsesTheCommandLine() {
        LocalChain.Options options = LocalChain.parseArgs(
                new String[] {"--port", "9545", "--chain-id", "2024", "--state", "data/chain.json", "--work-dir", "data/anvil"},
                Path.of("/bin/anvil"));
        assertThat(options).isEqualTo(new LocalChain.Options(Path.of("/bin/anvil"), "127.0.0.1", 9545, 2024,
                Path.of("data/chain.json"), Path.of("data/anvil")));
    }

    @Test
    void commandLineDefaultsToAnUnpersistedChain() {
        LocalChain.Options options = LocalChain.parseArgs(new String[0], null);
        assertThat(options.port()).isEqualTo(8545);
        assertThat(options.stateFile()).isNull();
        assertThat(options.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void rejectsBadCommandLines() {
        assertThatThrownBy(() -> LocalChain.parseArgs(new String[] {"--port"}, null))
                .hasMessageContaining("missing value after --port");
        assertThatThrownBy(() -> LocalChain.parseArgs(new String[] {"--port", "x"}, null))
                .hasMessageContaining("--port needs a number");
        assertThatThrownBy(() -> LocalChain.parseArgs(new String[] {"--colour", "red"}, null))
                .hasMessageContaining("unknown option --colour");
    }

    @Test
    void aWrongAnvilPropertyIsReportedWithWhatToRun() {
        System.setProperty("portal.anvil", "/nonexistent/anvil");
        assertThatThrownBy(LocalChain::locateAnvil)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.anvil")
                .hasMessageContaining("/nonexistent/anvil")
                .hasMessageContaining("mvn -pl besu-config initialize");
    }

    @Test
    void findsTheNativeAnvilBinaryInNodeModules() {
        // surefire runs in besu-config, where npm ci (initialize phase) installed anvil
        System.clearProperty("portal.anvil");
        Path anvil = LocalChain.locateAnvil();
        assertThat(anvil).isExecutable();
        assertThat(anvil.toString()).contains("node_modules").doesNotEndWith(".mjs");
        // the npm launcher script is replaced by the native binary it starts
        Path launcher = Path.of("node_modules/.bin/anvil");
        assertThat(LocalChain.preferNativeBinary(launcher).toString()).contains("@foundry-rs/anvil-").endsWith("/bin/anvil");
    }

    @Test
    void refusesInvalidOptions() {
        assertThatThrownBy(() -> LocalChain.start(new LocalChain.Options(null, null, 0, 1, null, Path.of("target/x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid port");
        assertThatThrownBy(() -> LocalChain.start(new LocalChain.Options(null, null, 8545, 0, null, Path.of("target/x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid chain id");
        assertThatThrownBy(() -> LocalChain.start(new LocalChain.Options(null, null, 8545, 1, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workDir");
    }
}
