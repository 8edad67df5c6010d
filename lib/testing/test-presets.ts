// Presets shared by the preset tests (not a test file itself).
import { makePreset, type Preset } from "../presets/schema";

export const KNOWN_KEY = "sk-ant-api03-KNOWNTESTKEY0123456789abcdefghij";

export function samplePreset(overrides: Partial<Preset> = {}): Preset {
  return {
    ...makePreset({
      name: "Haiku about “tides” 🌊",
      description: "Line one\nline two, with <b>markup</b> & quotes \" '",
      request: {
        model: "claude-opus-4-6",
        max_tokens: 2048,
        system: [{ type: "text", text: "You are terse.", cache_control: { type: "ephemeral", ttl: "1h" } }],
        messages: [
          { role: "user", content: "Write a haiku about tides. Ünïcödé ✓ \u0000 nul" },
          { role: "assistant", content: [{ type: "text", text: "Moon pulls" }] },
        ],
        temperature: 0.7,
        stop_sequences: ["\n\n"],
        tools: [
          {
            name: "get_tide",
            description: "Tide table",
            input_schema: { type: "object", properties: { port: { type: "string" } } },
          },
          // Server and Anthropic-defined tools (a toolset has no name), and a type no one has heard of yet.
          {
            type: "web_search_20260318",
            name: "web_search",
            max_uses: 3,
            allowed_domains: ["example.com"],
            user_location: { type: "approximate", city: "Lisbon" },
          },
          { type: "computer_toolset_20260801", configs: { display: { width: 1024, height: 768 } } },
          { type: "future_tool_20300101", name: "future_tool", knob: [1, { deep: true }] },
        ],
        tool_choice: { type: "auto" },
        stream: true,
        some_future_field: { nested: [1, 2, { deep: null }] },
      },
      betas: ["message-threads-2026-08-12", "some-future-beta-2027-01-01"],
      panel: { showRaw: true, view: "split" },
    }),
    ...overrides,
  };
}
