import { Playground } from "@/components/playground";
import { getPublicConfig } from "@/lib/server/public-config";

// The upstream mode depends on the server's environment at run time, not at build time.
export const dynamic = "force-dynamic";

export default function Page() {
  return <Playground config={getPublicConfig()} />;
}
