package org.painpath.examples.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's own, so it never drifts from the build. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = PainpathCli.class.getPackage().getImplementationVersion();
    return new String[] {"painpath " + (v == null ? "(development build)" : v)};
  }
}
