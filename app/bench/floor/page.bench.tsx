import { FloorRunButton } from "@/components/bench/floor-run-button";

// The same rendering mode as the playground's page, so the floor differs only by the app's own code.
export const dynamic = "force-dynamic";

export default function FloorPage() {
  return (
    <main>
      <FloorRunButton />
    </main>
  );
}
