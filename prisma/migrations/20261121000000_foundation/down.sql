DROP TABLE "users";
DROP TABLE "companies";
DROP TABLE "offices";
DROP TABLE "prefectures";
DROP TABLE "jsic_major_groups";
