export * from './milestones';
export * from './recipients';
export * from './sms-text';
export * from './templates';
export * from './chatbot';
