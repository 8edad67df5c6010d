import { Playground } from "@/components/playground";
import { SharedPresetSeed } from "@/components/presets/shared-preset-seed";
import { NO_SUCH_PRESET } from "@/lib/server/presets/share-store";
import { getPublicConfig } from "@/lib/server/public-config";

/** `/s/ID` for an id the share store does not hold: status 404, and the playground saying the link could not be
 * opened, so whoever followed it can still work. */
export default function SharedPresetNotFound() {
  return (
    <>
      <Playground config={getPublicConfig()} />
      <SharedPresetSeed result={NO_SUCH_PRESET} />
    </>
  );
}
