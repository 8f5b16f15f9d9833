/**
 * The helpers' trainings and monthly exams (培训考核, AST-8..10): weekly trainings for the
 * full-time helpers, short trainings that invite them, ad-hoc ones, and an exam on the
 * month's trainings whose failed scores mean a day of off-duty study.
 */
package cn.aode.servicedesk.assist.training;
