// Two font configurations of a machine, for the determinism tests: a minimal one (only DejaVu, as
// on a machine with just fonts-dejavu-core) and a rich one (everything the machine has, with the
// metric aliases of Debian's fontconfig: arial is Liberation Sans where fonts-liberation is
// installed, as .ci/run does). Both fix the same rendering settings, so that where a test compares
// pixels only the fonts differ. Each is an environment: FONTCONFIG_FILE, plus a time zone and locale
// of its own, since those must not matter either.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RENDERING = `<match target="pattern">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>`;

function fontconfig(dir: string, body: string): string {
  const file = join(dir, "fonts.conf");
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  ${body}\n  <cachedir>${join(dir, "cache")}</cachedir>\n  ${RENDERING}\n</fontconfig>\n`);
  return file;
}

export interface FontConfigurations {
  minimal: NodeJS.ProcessEnv;
  rich: NodeJS.ProcessEnv;
}

/** The two configurations (made once per test file, in the temporary directory). */
export function fontConfigurations(): FontConfigurations {
  const dir = mkdtempSync(join(tmpdir(), "numts-fontconfigs-"));
  for (const d of ["minimal", "rich"]) mkdirSync(join(dir, d));
  const minimal = fontconfig(join(dir, "minimal"), "<dir>/usr/share/fonts/truetype/dejavu</dir>");
  const rich = fontconfig(join(dir, "rich"), '<include ignore_missing="no">/etc/fonts/fonts.conf</include>');
  return {
    minimal: { ...process.env, FONTCONFIG_FILE: minimal, TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8" },
    rich: { ...process.env, FONTCONFIG_FILE: rich, TZ: "America/New_York", LANG: "C.UTF-8" },
  };
}

/** The font fontconfig gives for a family under `env` (fc-match), e.g. "DejaVu Sans". */
export function fontFor(family: string, env: NodeJS.ProcessEnv): string {
  return execFileSync("fc-match", ["--format=%{family[0]}", family], { env, encoding: "utf8" });
}

/**
 * Throws unless the configurations really differ the way the tests need: Plotly's fallbacks
 * (arial, verdana) are other fonts in each, as they were on the machines whose pictures differed.
 */
export function assertDifferent(configs: FontConfigurations): void {
  const minimal = fontFor("arial", configs.minimal);
  const rich = fontFor("arial", configs.rich);
  if (!minimal.startsWith("DejaVu") || rich !== "Liberation Sans") {
    throw new Error(`the two font configurations do not differ (arial is ${minimal} and ${rich}): install fonts-dejavu-core and fonts-liberation (.ci/run does)`);
  }
}
