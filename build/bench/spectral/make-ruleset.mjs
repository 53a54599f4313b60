// Writes the structural Spectral ruleset of docs/performance.md ("Spectral on 1,000 manifests") to the path given:
// the manifest's JSON Schema (docs/schema/upgrade-manifest-v1.schema.json: keys, value shapes, allowed words) through
// Spectral's `schema` function, and the keys every manifest needs through `truthy`. The schema is written into the
// ruleset, since Spectral 6 does not follow a `$ref` from a ruleset to a local schema file (the rule then passes
// everything). Structure only, as the schema says; upgrade paths, databases and schedules are UpgradeGuard's own.
//
//   node build/bench/spectral/make-ruleset.mjs OUT.json
import { readFileSync, writeFileSync } from "node:fs";

const schema = JSON.parse(readFileSync(new URL("../../../docs/schema/upgrade-manifest-v1.schema.json", import.meta.url), "utf8"));
const required = (given, fields, description) => ({
  description,
  severity: "error",
  given,
  then: fields.map((field) => ({ field, function: "truthy" })),
});
const ruleset = {
  rules: {
    "manifest-schema": {
      description: "The manifest follows the upgrade manifest schema, format v1.",
      severity: "error",
      given: "$",
      message: "{{error}}",
      then: { function: "schema", functionOptions: { schema } },
    },
    "required-top-level-keys": required("$", ["apiVersion", "kind", "cluster", "upgrade"], "apiVersion, kind, cluster and upgrade are present."),
    "required-cluster-keys": required("$.cluster", ["nodes", "version"], "cluster.nodes and cluster.version are present."),
    "required-target": required("$.upgrade", ["to"], "upgrade.to is present."),
  },
};
writeFileSync(process.argv[2], JSON.stringify(ruleset, null, 2) + "\n");
