"use client";

import { usePlaygroundStore } from "@/lib/store/playground-store";
import { FieldIssue } from "./field-issue";
import { MessageCard } from "./message-card";

export function MessagesEditor() {
  const raw = usePlaygroundStore((s) => s.request.messages);
  const messages = (Array.isArray(raw) ? raw : []) as { role?: string }[];
  const setField = usePlaygroundStore((s) => s.setField);
  const nextRole = messages.at(-1)?.role === "user" ? "assistant" : "user";
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">Messages</h3>
      {messages.map((_message, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a card is a position in the conversation; it reads its message from the store by index
        <MessageCard key={index} index={index} total={messages.length} />
      ))}
      <FieldIssue path="messages" exact />
      <button
        type="button"
        className="btn-secondary self-start"
        onClick={() => setField("messages", [...messages, { role: nextRole, content: "" }])}
      >
        Add message
      </button>
    </div>
  );
}
