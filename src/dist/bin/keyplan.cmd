@echo off
rem KeyPlan launcher for Windows (docs/adopting.md). Runs lib\keyplan.jar with a Java 17+
rem runtime: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java.exe on the PATH.
rem build and validate get the options of a short batch job (docs/decisions.md);
rem JAVA_OPTS and KEYPLAN_OPTS add JVM options; KEYPLAN_JAVA_OPTIONS replaces the batch options.
rem No parenthesised blocks: a ")" in a path such as "C:\Program Files (x86)" would end them.
setlocal
set "KEYPLAN_HOME=%~dp0.."

if not defined JAVA_HOME goto javaOnPath
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo keyplan: JAVA_HOME is "%JAVA_HOME%", but it has no bin\java.exe. Point JAVA_HOME at a Java 17 or newer runtime. 1>&2
exit /b 4

:javaOnPath
set "JAVA_EXE=java.exe"
where java.exe >nul 2>nul
if not errorlevel 1 goto run
echo keyplan: no Java runtime found. Install Java 17 or newer, or set JAVA_HOME. 1>&2
exit /b 4

:run
set "KEYPLAN_BATCH="
if /i "%~1"=="build" set "KEYPLAN_BATCH=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=64m -Xshare:auto"
if /i "%~1"=="validate" set "KEYPLAN_BATCH=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=64m -Xshare:auto"
if defined KEYPLAN_JAVA_OPTIONS set "KEYPLAN_BATCH="

"%JAVA_EXE%" %KEYPLAN_BATCH% %JAVA_OPTS% %KEYPLAN_OPTS% -jar "%KEYPLAN_HOME%\lib\keyplan.jar" %*
exit /b %ERRORLEVEL%
