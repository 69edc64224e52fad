// Valid (or tampered) submission packages for tests: lib/package/synthetic.ts, where the import bench finds them too.
export * from "../../lib/package/synthetic";
