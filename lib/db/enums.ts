// The schema's enums (roles, statuses, kinds): plain values and types, safe for client components too.
export * from './generated/enums'
