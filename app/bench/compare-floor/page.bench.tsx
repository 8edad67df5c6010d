import { CompareFloor } from "@/components/bench/compare-floor";

// The same rendering mode as the playground's page, so the floor differs only by the app's own code.
export const dynamic = "force-dynamic";

export default function CompareFloorPage() {
  return <CompareFloor />;
}
