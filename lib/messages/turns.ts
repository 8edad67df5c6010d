// Turns as the model reads them. The API combines consecutive `user` or `assistant` messages into one turn
// (SDK `MessageCreateParams.messages`: "Consecutive user or assistant turns in your request will be combined into a
// single turn"), so rules that speak of "the previous message" mean the previous turn, and the simulator answers
// the merged conversation. A mid-conversation `system` message is a turn of its own.
import { contentBlocks } from "./content-text";
import type { MessageRequest } from "./request-schema";

type Message = MessageRequest["messages"][number];

/** A run of consecutive messages of one role: their indices in the request, first to last. */
export interface Turn {
  role: string;
  indices: number[];
}

export function groupTurns(messages: readonly Message[]): Turn[] {
  const turns: Turn[] = [];
  messages.forEach((message, index) => {
    const last = turns.at(-1);
    if (last && last.role === message.role && message.role !== "system") last.indices.push(index);
    else turns.push({ role: message.role, indices: [index] });
  });
  return turns;
}

/** The messages with each run of one role joined into one message, as the API combines them. */
export function mergeTurns(messages: readonly Message[]): Message[] {
  return groupTurns(messages).map(({ role, indices }) =>
    indices.length === 1
      ? messages[indices[0]]
      : ({ role, content: indices.flatMap((i) => contentBlocks(messages[i].content)) } as unknown as Message),
  );
}
