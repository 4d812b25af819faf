package org.apparatus;

/** The exit codes the commands return, shared by all of them. */
final class ExitCode {

    /** A build, import or serve that found errors, or could not write. */
    static final int FAILED = 1;

    private ExitCode() {
    }
}
