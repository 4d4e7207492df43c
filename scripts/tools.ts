import { fileURLToPath } from "node:url";

/** The pinned tools `scripts/install-tools.sh` puts in .tools/bin. */
export const OPA = fileURLToPath(new URL("../.tools/bin/opa", import.meta.url));
export const REGAL = fileURLToPath(new URL("../.tools/bin/regal", import.meta.url));
