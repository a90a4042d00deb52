package org.judicialchain.ruling.template;

import java.nio.file.Path;

/** A template or partial named by a template exists neither in the court's directory nor in the jar. */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(String name, Path overrideDirectory) {
        super("template '" + name + "' not found in " + (overrideDirectory == null ? "" : overrideDirectory + " nor in ")
                + "the built-in templates");
    }
}
