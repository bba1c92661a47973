/**
 * The pending release as changesets itself plans it (@changesets/get-release-plan, the
 * plan `changeset version` applies and `changeset status` prints): each package's bump,
 * next version and the changesets behind it.
 */
import getReleasePlan from "@changesets/get-release-plan";
import { ROOT } from "./manifest.mjs";

/** Package name → bump ("major" | "minor" | "patch") of every package the pending changesets release. */
export async function releasePlan(root = ROOT) {
  const { releases } = await getReleasePlan(root);
  return Object.fromEntries(releases.filter((r) => r.type !== "none").map((r) => [r.name, r.type]));
}

/**
 * What `changeset version` must do to each of `packages` (workspacePackages()): its bump,
 * versions, why, the changeset summaries its changelog must hold and the released
 * @voiceapis dependencies it must name.
 */
export async function pendingRelease(root, packages) {
  const plan = await getReleasePlan(root);
  const released = new Map(plan.releases.filter((r) => r.type !== "none").map((r) => [r.name, r]));
  const entries = packages.map((p) => {
    const release = released.get(p.name);
    const own = plan.changesets.flatMap((c) =>
      c.releases.filter((r) => r.name === p.name && r.type !== "none").map((r) => ({ ...c, type: r.type })),
    );
    const deps = p.internalDeps.filter((d) => released.has(d));
    const reasons = own.map((c) => `${c.type} (${c.id})`);
    if (release && own.length === 0) reasons.push(`${release.type} (depends on ${deps.join(", ")})`);
    const to = release?.newVersion ?? p.version;
    return [p.name, { bump: release?.type, from: p.version, to, reasons, deps, summaries: own.map((c) => c.summary) }];
  });
  return { changesets: plan.changesets, plan: new Map(entries) };
}
