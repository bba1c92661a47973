/**
 * Which of Voxys' three audiences a route belongs to, by its path: the public
 * Client API and CSAT page, the Platform API, or the account APIs (the rest).
 */
export const isPublicPath = (path: string): boolean => path.startsWith("/public/") || path.startsWith("/survey/");
export const isPlatformPath = (path: string): boolean => path.startsWith("/platform/");
export const isAccountPath = (path: string): boolean => !isPublicPath(path) && !isPlatformPath(path);
