// The read cost of the worst YAML per byte: files of the largest size (MAX_FILE_BYTES) holding one flow
// list of tiny items (`[a0,a1,…]`), read as a check reads them (engine/read.ts, all threads). Every file
// is refused by its schema (`tags` is no field of a Product), so each also asks for the full `yaml` reader.
// By default as many files as MAX_REGISTER_BYTES allows: the slowest register within the limits (issue 12).
//   npx tsx scripts/bench/flow-lists.ts [files]
import { readEachRecord } from "../../engine/read.js";
import { MAX_FILE_BYTES, MAX_REGISTER_BYTES } from "../../engine/source.js";

const count = Number(process.argv[2] ?? Math.floor(MAX_REGISTER_BYTES / MAX_FILE_BYTES));
const text = (i: number) => {
  const head = `apiVersion: ropa/v1\nkind: Product\nid: p-${i}\nname: P ${i}\ntags: [`;
  const items: string[] = [];
  for (let n = 0, size = head.length; size < MAX_FILE_BYTES - 64; n++, size += 3) items.push(`a${n % 10}`);
  return `${head}${items.join(",")}]\n`;
};
const files = Array.from({ length: count }, (_, i) => ({ path: `records/p${i}.yaml`, text: text(i) }));
const started = performance.now();
const read = await readEachRecord(files);
const lined = read.problems.filter((p) => p.line !== undefined).length;
console.log(
  `${count} files × ${Math.round(MAX_FILE_BYTES / 1024)} KiB of flow lists: ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; ${read.problems.length} problems, ${lined} with their line`,
);
