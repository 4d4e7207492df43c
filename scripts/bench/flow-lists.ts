// The read cost of the worst YAML per byte, read as a check reads it (engine/read.ts, all threads): files of
// the largest size (MAX_FILE_BYTES), by default as many as MAX_REGISTER_BYTES allows, each refused by its
// schema (`tags` is no field of a Product), so that each also asks for the full `yaml` reader. Issue 12.
//   flow   one flow list of tiny items (`[a0,a1,…]`): the worst for both readers per byte
//   lines  a block list of MAX_PLAIN_ITEMS items of ~50 characters: the worst that stays on the fast path
//   npx tsx scripts/bench/flow-lists.ts [files] [flow|lines]
import { MAX_PLAIN_ITEMS } from "../../engine/plain-yaml.js";
import { readEachRecord } from "../../engine/read.js";
import { MAX_FILE_BYTES, MAX_REGISTER_BYTES } from "../../engine/source.js";

const count = Number(process.argv[2] || Math.floor(MAX_REGISTER_BYTES / MAX_FILE_BYTES));
const shape = process.argv[3] ?? "flow";
const text = (i: number) => {
  const head = `apiVersion: ropa/v1\nkind: Product\nid: p-${i}\nname: P ${i}\ntags:`;
  if (shape === "lines") {
    const width = Math.floor((MAX_FILE_BYTES - 64) / (MAX_PLAIN_ITEMS - 10)) - 5;
    return `${head}\n${Array.from({ length: MAX_PLAIN_ITEMS - 10 }, (_, n) => `  - ${String(n).padEnd(width, "x")}\n`).join("")}`;
  }
  const items: string[] = [];
  for (let n = 0, size = head.length; size < MAX_FILE_BYTES - 64; n++, size += 3) items.push(`a${n % 10}`);
  return `${head} [${items.join(",")}]\n`;
};
const files = Array.from({ length: count }, (_, i) => ({ path: `records/p${i}.yaml`, text: text(i) }));
const started = performance.now();
const read = await readEachRecord(files);
const lined = read.problems.filter((p) => p.line !== undefined).length;
console.log(
  `${count} files × ${Math.round(files[0].text.length / 1024)} KiB (${shape}): ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; ${read.problems.length} problems, ${lined} with their line`,
);
