DROP TABLE "notifications";
