import { Playground } from "@/components/playground";
import { SharedPresetSeed } from "@/components/presets/shared-preset-seed";
import { readConfig } from "@/lib/server/config";
import { getShareStore } from "@/lib/server/presets/share-store";
import { getPublicConfig } from "@/lib/server/public-config";

export const dynamic = "force-dynamic";

/** A short share link: the playground with the stored preset offered to the editor (never run). */
export default async function SharedPresetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = getShareStore(readConfig().dbPath).get(id);
  return (
    <>
      <Playground config={getPublicConfig()} />
      <SharedPresetSeed result={result} />
    </>
  );
}
