export { Desk, DESK_METHODS, type DeskOptions } from './desk';
export { userConfigDir } from './config-dir';
export { RecentCases } from './recent-cases';
export { singleCaseDesk } from './single-case';
