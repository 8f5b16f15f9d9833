/** The trainings' and exams' API. */
package cn.aode.servicedesk.assist.training.web;
