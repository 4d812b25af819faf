package org.apparatus.export;

/** Writes the text of a data file. */
@FunctionalInterface
public interface Writing {
    void to(Appendable out) throws java.io.IOException;
}
