package org.apparatus;

/** The exit codes the commands return, shared by all of them. */
final class ExitCode {

    /** A build, import or serve that found errors, or could not write. */
    static final int FAILED = 1;

    /** A command that ran out of memory (said in one line, with the setting to raise). */
    static final int OUT_OF_MEMORY = 3;

    private ExitCode() {
    }
}
