// The JSON Schema of each record kind, by the file name the `# yaml-language-server: $schema=` line names.
import customerSegment from "./schemas/customer-segment.schema.json" with { type: "json" };
import dataCategory from "./schemas/data-category.schema.json" with { type: "json" };
import organisation from "./schemas/organisation.schema.json" with { type: "json" };
import processingActivity from "./schemas/processing-activity.schema.json" with { type: "json" };
import product from "./schemas/product.schema.json" with { type: "json" };
import storageLocation from "./schemas/storage-location.schema.json" with { type: "json" };
import subprocessor from "./schemas/subprocessor.schema.json" with { type: "json" };
import waiver from "./schemas/waiver.schema.json" with { type: "json" };
import type { Kind } from "./types.js";

export const SCHEMAS: Record<Kind, { file: string; schema: object }> = {
  Organisation: { file: "organisation.schema.json", schema: organisation },
  ProcessingActivity: { file: "processing-activity.schema.json", schema: processingActivity },
  Subprocessor: { file: "subprocessor.schema.json", schema: subprocessor },
  StorageLocation: { file: "storage-location.schema.json", schema: storageLocation },
  CustomerSegment: { file: "customer-segment.schema.json", schema: customerSegment },
  Product: { file: "product.schema.json", schema: product },
  Waiver: { file: "waiver.schema.json", schema: waiver },
  DataCategory: { file: "data-category.schema.json", schema: dataCategory },
};
