-- An existing JiarenBase database whose tables belong to the desktops' own role
-- (the setup before issue 15): give everything to a new owner role
-- (已有数据库：把表的所有权从桌面程序账号移交给结构所有者).
--
-- While the desktops' role owns the tables it can disable the audit log's triggers
-- and delete from it. Run once as a superuser, connected to the database; psql asks
-- for the owner's password:
--   psql -h SERVER -U postgres -d jiarenbase -f move_to_owner_role.sql
-- Other names: -v owner=… -v app=… (defaults jiarenbase_owner and jiaren).
-- Then at once (until then the desktops cannot open the database):
--   jiarenbase --db postgresql://jiarenbase_owner@SERVER/jiarenbase check
--   jiarenbase --db postgresql://jiarenbase_owner@SERVER/jiarenbase grant-app-role jiaren
\set ON_ERROR_STOP on
\if :{?owner}
\else
  \set owner jiarenbase_owner
\endif
\if :{?app}
\else
  \set app jiaren
\endif
SELECT current_database() AS database \gset

BEGIN;
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
-- every table, sequence, function and schema of this database, and the database itself
REASSIGN OWNED BY :"app" TO :"owner";
ALTER ROLE :"app" NOSUPERUSER NOCREATEDB NOCREATEROLE;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
REVOKE ALL ON DATABASE :"database" FROM :"app";
GRANT CONNECT ON DATABASE :"database" TO :"app";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
COMMIT;

\if :{?owner_password}
  ALTER ROLE :"owner" PASSWORD :'owner_password';
\else
  \echo 'Password for' :owner '(结构所有者的密码):'
  \password :owner
\endif
