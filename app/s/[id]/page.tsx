import { notFound } from "next/navigation";
import { Playground } from "@/components/playground";
import { SharedPresetSeed } from "@/components/presets/shared-preset-seed";
import { readConfig } from "@/lib/server/config";
import { getShareStore } from "@/lib/server/presets/share-store";
import { getPublicConfig } from "@/lib/server/public-config";

export const dynamic = "force-dynamic";

/** A short share link: the playground with the stored preset offered to the editor (never run). An id the store
 * does not hold answers 404 (not-found.tsx: the same playground, saying so), as a link checker or crawler expects. */
export default async function SharedPresetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = getShareStore(readConfig().dbPath).get(id);
  if (!result.ok && result.error.code === "not_found") notFound();
  return (
    <>
      <Playground config={getPublicConfig()} />
      <SharedPresetSeed result={result} />
    </>
  );
}
