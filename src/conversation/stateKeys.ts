/** Storage keys as botbuilder's UserState and ConversationState build them (empty namespace: trailing slash). */
export const userStateKey = (channelId: string, userId: string) => `${channelId}/users/${userId}/`;
export const conversationStateKey = (channelId: string, conversationId: string) => `${channelId}/conversations/${conversationId}/`;
