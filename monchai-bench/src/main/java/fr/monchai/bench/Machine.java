package fr.monchai.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/** The machine and JVM a run was measured on. */
final class Machine {

    private Machine() {}

    static String decrire() {
        Runtime rt = Runtime.getRuntime();
        return "Run " + Instant.now() + " on " + rt.availableProcessors() + " cores, max heap "
                + rt.maxMemory() / (1024 * 1024) + " MiB, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch")
                + ", JVM args " + ManagementFactory.getRuntimeMXBean().getInputArguments() + ".\n";
    }
}
