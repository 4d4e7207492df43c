// The parse cost of the worst YAML per byte: files of the largest size (MAX_FILE_BYTES) holding one flow
// list of tiny items (`[a0,a1,…]`), read as a check reads them (engine/read.ts, all threads). Issue 12:
// 40 such files took about a minute and ~1 GB, so MAX_REGISTER_BYTES (256 MiB) allowed a check of half an hour.
//   npx tsx scripts/bench/flow-lists.ts <files>
import { readRecords } from "../../engine/read.js";
import { MAX_FILE_BYTES } from "../../engine/source.js";

const count = Number(process.argv[2] ?? 40);
const text = (i: number) => {
  const head = `apiVersion: ropa/v1\nkind: Product\nid: p-${i}\nname: P ${i}\ntags: [`;
  const items: string[] = [];
  for (let n = 0, size = head.length; size < MAX_FILE_BYTES - 64; n++, size += 3) items.push(`a${n % 10}`);
  return `${head}${items.join(",")}]\n`;
};
const files = Array.from({ length: count }, (_, i) => ({ path: `records/p${i}.yaml`, text: text(i) }));
const started = performance.now();
try {
  await readRecords(files);
} catch {
  // `tags` is no field of a Product: every file is refused by the schema, after it was parsed.
}
console.log(`${count} files × ${Math.round(MAX_FILE_BYTES / 1024)} KiB of flow lists: ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
