export { StatisticsExportsController } from './statistics-exports.controller';
export { StatisticsExportsService } from './statistics-exports.service';
export { ExportFormat, type ExportDocument, type ExportFile } from './export-document';
