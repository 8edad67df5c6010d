import type { Metadata } from "next";
import { TrafficView } from "@/components/traffic/traffic-view";
import { getPublicConfig } from "@/lib/server/public-config";

// Whether the proxy records depends on the server's environment at run time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Traffic · Messages Playground" };

export default function TrafficPage() {
  return <TrafficView config={getPublicConfig()} />;
}
