-- JiarenBase on PostgreSQL: two roles and the database (新装：两个数据库账号和数据库).
--
--   jiarenbase_owner  owns the schema; IT uses it to create and upgrade the tables
--                     (结构所有者：只有 IT 用它建表、升级)
--   jiaren            the account the desktops use; owns nothing, so it cannot disable
--                     the audit log's triggers or delete from it (桌面程序使用的账号)
--
-- Run once as a superuser; psql asks for the two passwords (nothing lands in a file
-- or the shell history):
--   psql -h SERVER -U postgres -f setup_roles.sql
-- Other names: add -v owner=… -v app=… -v database=… (lower-case letters, digits, _).
-- (A script may pass -v owner_password=… -v app_password=… instead of being asked.)
-- Then, on any computer with JiarenBase (the password is asked for, or PGPASSWORD):
--   jiarenbase --db postgresql://jiarenbase_owner@SERVER/jiarenbase check
--   jiarenbase --db postgresql://jiarenbase_owner@SERVER/jiarenbase grant-app-role jiaren
-- and give the desktops postgresql://jiaren@SERVER/jiarenbase (设置 → 数据库连接).
\set ON_ERROR_STOP on
\if :{?owner}
\else
  \set owner jiarenbase_owner
\endif
\if :{?app}
\else
  \set app jiaren
\endif
\if :{?database}
\else
  \set database jiarenbase
\endif

CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
\if :{?owner_password}
  ALTER ROLE :"owner" PASSWORD :'owner_password';
\else
  \echo 'Password for' :owner '(结构所有者的密码):'
  \password :owner
\endif
\if :{?app_password}
  ALTER ROLE :"app" PASSWORD :'app_password';
\else
  \echo 'Password for' :app '(桌面程序账号的密码):'
  \password :app
\endif

CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
-- Only the two roles (and superusers) may connect; by default every role on the server could.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"app";

\connect :"database"
-- Before PostgreSQL 15 every role could create tables in the public schema (owned by postgres).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
