/**
 * assist-service owns the help desk and the could-not-get-it-done window (办不成事反映窗口),
 * helper rota, proxy permit errands (代办), trainings and monthly exams (AST).
 */
package cn.aode.servicedesk.assist;
