import { notFound } from "next/navigation";
import { Playground } from "@/components/playground";
import { SharedPresetSeed } from "@/components/presets/shared-preset-seed";
import { fail } from "@/lib/presets/result";
import { shareStore } from "@/lib/server/presets/share-store";
import { getPublicConfig } from "@/lib/server/public-config";

export const dynamic = "force-dynamic";

/** A short share link: the playground with the stored preset offered to the editor (never run). An id the store
 * does not hold answers 404 (not-found.tsx: the same playground, saying so), as a link checker or crawler expects. */
export default async function SharedPresetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await shareStore()
    .then((store) => store.get(id))
    .catch((error: Error) => fail("storage", `The share store is unavailable right now (${error.message}).`));
  if (!result.ok && result.error.code === "not_found") notFound();
  return (
    <>
      <Playground config={getPublicConfig()} />
      <SharedPresetSeed result={result} />
    </>
  );
}
